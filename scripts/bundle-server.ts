// `npm run build`'s last step: the production server compiled for plain Node (scripts/lib/bundle-server.ts).
import { bundleServer } from "./lib/bundle-server";

await bundleServer();
