import { redirect } from "next/navigation";

/** Settings has one page so far: API tokens. */
export default function SettingsPage() {
  redirect("/settings/tokens");
}
