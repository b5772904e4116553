import type { Metadata } from "next";
import { canCheckImages } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { CheckImageForm } from "./check-image-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Check an image" };

export default async function CheckImagePage() {
  const user = await requirePageAccess((actor) => canCheckImages(actor), "/check-image");
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader
        title="Check an image"
        description={
          <>
            Was this image made with an approved model? Drop PNG, JPEG or WebP files from A1111, Forge or ComfyUI: your browser reads the generation metadata
            they carry (the checkpoint and LoRAs, by hash or file name) and the registry answers, per use, whether those models are approved right now for your
            team. The images themselves are never uploaded.
          </>
        }
      />
      <CheckImageForm teams={user.teams.map((team) => ({ slug: team.slug, name: team.name }))} />
    </div>
  );
}
