import { z } from "zod";

/**
 * The named schemas of /api/v1: each response body registers here with its OpenAPI component name,
 * and lib/api/openapi.ts turns the registry into `components.schemas` (a schema used inside
 * another becomes a `$ref`). A dedicated registry keeps schemas of other parts of the app out of it.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();
