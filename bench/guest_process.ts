// One benchmark boot in a process of its own (see guest_run.ts for why):
//   node build/bench/guest_process.js <image> <request as JSON>
// Sends the GuestResult to the parent over the IPC channel, then exits.
import { GuestRequest, runGuest } from "./guest_run";

async function main(): Promise<void> {
  const [image, requestText] = process.argv.slice(2);
  const request = JSON.parse(requestText) as GuestRequest;
  const result = await runGuest(image, request);
  await new Promise<void>((resolve, reject) => process.send!(result, (error: Error | null) => (error ? reject(error) : resolve())));
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench guest process: ${error.stack ?? error.message}\n`);
    process.exit(70);
  },
);
