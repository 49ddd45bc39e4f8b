// Single sign-on inside Outlook: MSAL.js nested app authentication. Outlook (the broker) signs the user in and hands
// the pane a token for our API; where the host does not support NestedAppAuth, MSAL's standard controller takes over
// and asks the user once in a popup. Loaded on demand, so the preview and the web app never download MSAL.
import { createNestablePublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';

export interface SpaAuthConfig {
  clientId: string;
  authority: string;
  scopes: string[];
}

export type TokenSource = () => Promise<string>;

export async function nestedAppTokenSource(config: SpaAuthConfig): Promise<TokenSource> {
  const app = await createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const request = { scopes: config.scopes };
  return async () => {
    try {
      return (await app.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      return (await app.acquireTokenPopup(request)).accessToken;
    }
  };
}
