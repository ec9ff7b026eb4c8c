/**
 * Messages meaning "nobody answered", as opposed to a handler that answered with an error: no worker
 * to receive it, or a worker stopped mid-handler (Chromium: "…the message channel closed before a
 * response was received"). Its own module so the fault e2e retries on exactly what content scripts do.
 */
export const TRANSIENT_SEND_ERROR = /Could not establish connection|Receiving end does not exist|No response|message (?:port|channel) closed/i;
