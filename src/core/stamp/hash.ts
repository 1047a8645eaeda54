/**
 * SHA-256 through Web Crypto: present in Excel's browser runtime and in Node 20 as
 * globalThis.crypto, so the core needs no Node import.
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined)
    throw new Error(
      "Web Crypto (crypto.subtle) saknas i den här miljön; stämpeln kan inte beräknas.",
    );
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
