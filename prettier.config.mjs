/** One format for the whole tree: `npm run format` writes it, `npm run format:check` checks it. */
const config = {
  printWidth: 160,
  plugins: ["prettier-plugin-tailwindcss"],
  // Tailwind 4 keeps its configuration in the stylesheet; the plugin orders class names by it.
  tailwindStylesheet: "./app/globals.css",
};

export default config;
