import net from "node:net";
import { FatalError } from "@/scripts/lib/fatal-error";

/** Fails with one line when something already listens on the port the app would take. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new FatalError(
          error.code === "EADDRINUSE"
            ? `Port ${port} is already in use. Stop whatever is using it, or start on another port: PORT=${port + 1} npm start`
            : `Cannot listen on port ${port} (${error.code ?? error.message}).`,
        ),
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** A port nothing listens on right now (the system's pick), for a server started next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
