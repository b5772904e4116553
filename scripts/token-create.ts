/**
 * `npm run token:create -- --email <user> --name <name> [--days N]`: issues an API token for a user
 * and prints only the token on stdout (messages go to stderr), so `TOKEN=$(npm run -s token:create -- ...)`
 * works in scripts and CI. Works on DATABASE_URL, else the embedded database, whether or not
 * `npm start` is running.
 */
import { parseArgs } from "node:util";
import { emailField } from "@/lib/schemas/admin";
import { createApiTokenSchema, DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "@/lib/schemas/tokens";
import { createPrismaClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { runWithDatabase } from "@/scripts/lib/database";
import { FatalError } from "@/scripts/lib/fatal-error";

const USAGE = `Usage: npm run token:create -- --email <user email> --name <token name> [--days 1..${MAX_TOKEN_DAYS}, default ${DEFAULT_TOKEN_DAYS}]`;

// The operator who runs this holds the database; the audit trail records the command, not a person.
const CLI_ACTOR = { id: null, label: "cli" };

function readArguments(): { email: string; name: string; expiresInDays: number } {
  let values: { email?: string; name?: string; days?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, days: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
    }));
  } catch (error) {
    throw new FatalError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.error(USAGE);
    process.exit(0);
  }
  if (!values.email || !values.name) throw new FatalError(`--email and --name are required.\n${USAGE}`);
  const parsed = createApiTokenSchema.safeParse({ name: values.name, expiresInDays: values.days });
  if (!parsed.success) {
    throw new FatalError(
      parsed.error.issues.map((issue) => `--${issue.path[0] === "expiresInDays" ? "days" : String(issue.path[0])}: ${issue.message}`).join("\n"),
    );
  }
  const email = emailField.safeParse(values.email);
  if (!email.success) throw new FatalError(`--email: "${values.email}" is not an email address.`);
  return { email: email.data, ...parsed.data };
}

let options: ReturnType<typeof readArguments>;
try {
  options = readArguments();
} catch (error) {
  console.error(error instanceof FatalError ? error.message : String(error));
  process.exit(1);
}

await runWithDatabase("token:create", async (database) => {
  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const user = await prisma.user.findUnique({ where: { email: options.email }, select: { id: true } });
    if (!user) throw new FatalError(`No user has the email ${options.email}.`);
    const issued = await issueApiToken(prisma, { userId: user.id, name: options.name, expiresInDays: options.expiresInDays }, CLI_ACTOR).catch(
      (error: unknown) => {
        throw error instanceof AppError ? new FatalError(error.message) : error;
      },
    );
    console.error(`Created API token "${issued.name}" (${issued.prefix}…) for ${options.email}; it expires on ${issued.expiresAt.toISOString().slice(0, 10)}.`);
    console.log(issued.token);
  } finally {
    await prisma.$disconnect();
  }
});
