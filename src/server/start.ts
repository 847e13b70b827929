import { existsSync } from 'node:fs';
import { siteConfig } from '../site.config.ts';
import { startServer } from './server.ts';

// `npm start` (build, then serve) and `npm run serve` (serve the last build).
if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
  console.error('There is no built site in dist/. Run "npm run build" first, or "npm start" to build and serve.');
  process.exit(1);
}
const port = process.env.PORT ? Number(process.env.PORT) : siteConfig.localPort;
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(
    `PORT is "${process.env.PORT}": give a port number such as 4321, or leave PORT unset for ${siteConfig.localPort}.`,
  );
  process.exit(1);
}
const server = await startServer({ port, distDir: 'dist', dataDir: '.data', log: (line) => console.log(line) }).catch(
  (error: unknown) => {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(inUse ? `Port ${port} is in use: stop whatever uses it, or run with PORT=<another port>.` : error);
    process.exit(1);
  },
);
console.log(`${siteConfig.name} is running at ${server.url}`);
console.log('Feedback sent to it is stored in .data/blobs. Press Ctrl+C to stop.');

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
