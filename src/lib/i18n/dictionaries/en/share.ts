/** Sharing a page: the links under a record (the PNG share cards stay in English). */

export const share = {
  /** `Share this commitment`: `thisRecord` is the collection's "this …" phrase. */
  heading: (thisRecord: string) => `Share ${thisRecord}`,
  whatsapp: 'Share on WhatsApp',
  facebook: 'Share on Facebook',
  email: 'Send by email',
  copy: 'Or copy its address',
};
