/** Length limits of what people type, shared by the form schemas and the code that reads links (no Zod here, so browser scripts can import it). */

/** Most characters a name field takes: a real name fits, an accidental paste does not. */
export const MAX_NAME = 100;
/** Most characters of the course name and of another message. */
export const MAX_TEXT = 300;
/** Most characters of an e-mail address (RFC 5321). */
export const MAX_EMAIL = 254;
