import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { promises as dns } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress } from "@/lib/webhooks/private-address";

/**
 * Whether webhooks may reach private, loopback and link-local addresses: only with
 * WEBHOOK_ALLOW_PRIVATE=1 (tests and local receivers set it).
 */
export function privateTargetsAllowed(): boolean {
  return process.env.WEBHOOK_ALLOW_PRIVATE === "1";
}

/** The URL's host without IPv6 brackets. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/**
 * Why this URL may not receive webhooks, or null: not http(s), or its host is (or resolves to) a
 * private address. Checked when an endpoint is registered; delivery checks again as it connects.
 */
export async function refuseWebhookTarget(rawUrl: string, allowPrivate = privateTargetsAllowed()): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return "Enter a full URL.";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "Only http:// and https:// URLs can receive webhooks.";
  if (allowPrivate) return null;
  const host = urlHost(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.lookup(host, { all: true })).map((entry) => entry.address);
    } catch {
      return `${host} does not resolve to an address.`;
    }
  }
  const blocked = addresses.find(isPrivateAddress);
  return blocked ? `${host} is a private, loopback or link-local address (${blocked}): webhooks go to public receivers only.` : null;
}

export class PrivateTargetError extends Error {
  readonly code = "EPRIVATETARGET";
}

/**
 * A `lookup` for http.request that refuses a host resolving to any private address, so the check
 * covers the address actually connected to (a DNS answer that changed since registration too).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const blocked = allowPrivate ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
      if (blocked || addresses.length === 0) {
        return callback(new PrivateTargetError(`${hostname} resolves to a private address (${blocked?.address ?? "none"})`), "", 4);
      }
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
