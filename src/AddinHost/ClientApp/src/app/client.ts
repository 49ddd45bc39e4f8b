import { createApiClient } from '../shared/api';
import { clearToken, goToSignIn, readToken } from '../shared/session';

/** The web app's API client: sends the session's token; a 401 (no or expired token) goes to sign-in. */
export const api = createApiClient({
  getToken: () => readToken(),
  onUnauthorized: () => {
    clearToken();
    goToSignIn();
  },
});
