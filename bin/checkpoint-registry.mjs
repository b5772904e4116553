#!/usr/bin/env node
// Runs the TypeScript entry point through tsx (Node 20 cannot strip types), with this checkout's
// tsconfig so its path aliases resolve from whatever folder the command is started in.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import(new URL("../scripts/checkpoint-registry.ts", import.meta.url).href);
