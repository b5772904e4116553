import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Checkpoint Registry", template: "%s · Checkpoint Registry" },
  description: "Your team's registry of approved image-generation checkpoints, their lineage and license layers.",
  // Drawn by scripts/icons/render-icons.ts into public/.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  manifest: "/manifest.webmanifest",
};

// Without JavaScript, a page behind a loading.tsx boundary would stay on its fallback: React
// streams the real content into a hidden element and swaps it in with a script. This shows that
// element and hides the fallback (marked data-loading-fallback) when scripts cannot run. In
// Tailwind's base layer: its `[hidden] { display: none !important }` lives there, and an important
// rule in a layer beats any important rule outside layers.
const WITHOUT_JAVASCRIPT = `@layer base {
  [data-loading-fallback] { display: none !important; }
  div[hidden][id^="S:"] { display: block !important; max-width: 80rem; margin: 0 auto; padding: 1.5rem 1rem; }
}`;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry the request's CSP nonce (proxy.ts), which
  // a page prerendered at build time could not.
  await connection();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <noscript>
          <style>{WITHOUT_JAVASCRIPT}</style>
        </noscript>
        {children}
      </body>
    </html>
  );
}
