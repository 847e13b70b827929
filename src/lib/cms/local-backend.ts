/** decap-server's own default port (https://decapcms.org/docs/working-with-a-local-git-repository/). */
export const defaultLocalBackendPort = 8081;

/** The port `npm run edit` runs decap-server on: its PORT, as decap-server itself reads it. */
export function localBackendPort(env: Record<string, string | undefined>): number {
  const port = Number(env.DECAP_SERVER_PORT ?? defaultLocalBackendPort);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`Expected DECAP_SERVER_PORT to be a port number, but it is "${env.DECAP_SERVER_PORT}".`);
  return port;
}
