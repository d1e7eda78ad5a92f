/**
 * What a failed single sign-on means, by the code the server puts in `/login?sso_error=…`.
 * Only codes travel in the URL, so a crafted link cannot make the login page say anything else.
 */
export function ssoErrorMessage(code: string, provider: string): string {
  switch (code) {
    case 'unavailable':
      return `Backline could not reach ${provider} just now. Try again in a moment; if it keeps happening, ask an admin.`;
    case 'denied':
      return `Sign-in was cancelled at ${provider}.`;
    case 'provider_error':
      return `${provider} could not sign you in. Try again, or ask an admin.`;
    case 'no_flow':
      return 'That sign-in was not started in this browser, or was already used. Start again.';
    case 'expired':
      return 'The sign-in took too long. Start again.';
    case 'state_mismatch':
      return 'The answer from the identity provider did not match the sign-in started here, so it was refused. Start again.';
    case 'invalid_response':
      return `The answer from ${provider} could not be verified. Try again, or ask an admin.`;
    case 'not_authorized':
      return `Your ${provider} account is not in a group that may use Backline. Ask an admin to add you to one.`;
    case 'disabled':
      return 'Your Backline account is disabled. Ask an admin.';
    case 'no_email':
      return `${provider} did not send your email address, so no Backline account could be found or created. Ask an admin.`;
    case 'email_unverified':
      return `A Backline account with your email already exists, but ${provider} has not verified the address, so the two cannot be linked. Ask an admin.`;
    case 'email_taken':
      return 'Another Backline account already uses your email address. Ask an admin.';
    case 'last_admin':
      return `Your ${provider} groups no longer make you an admin, but you are the last active Backline admin, and one must remain. Ask for your admin group back, or have the bootstrap admin make someone else an admin first.`;
    default:
      return 'Single sign-on failed. Try again, or ask an admin.';
  }
}
