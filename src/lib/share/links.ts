/**
 * Links that share a page on WhatsApp, Facebook or by email with its title and address filled
 * in: plain addresses of those services' share pages, so a page loads nothing from them and
 * needs no script.
 */

/** What a share link carries. */
export interface Shared {
  title: string;
  /** The page's absolute address. */
  url: string;
  /** One sentence about it, for the email's body. */
  summary?: string;
}

/** The three share links of a page. */
export function shareLinks({ title, url, summary }: Shared): { whatsapp: string; facebook: string; email: string } {
  const encode = encodeURIComponent;
  // RFC 6068: mailto takes percent-encoded UTF-8, with CRLF for line breaks in the body.
  const body = [summary, url].filter(Boolean).join('\r\n\r\n');
  return {
    whatsapp: `https://wa.me/?text=${encode(`${title} ${url}`)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`,
    email: `mailto:?subject=${encode(title)}&body=${encode(body)}`,
  };
}
