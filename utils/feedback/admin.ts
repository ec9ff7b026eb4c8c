/**
 * Admin switch for in-page feedback prompts: managed policy `feedbackPrompts: false`
 * (public/managed-schema.json). Firefox throws when no policy is installed, which means "not set".
 */
export async function readPromptsDisabledByAdmin(): Promise<boolean> {
  try {
    const policy = await browser.storage.managed.get('feedbackPrompts');
    return policy.feedbackPrompts === false;
  } catch {
    return false;
  }
}
