/** A page's share image as the head announces it. */
export interface ShareImage {
  /** Absolute URL. */
  url: string;
  alt: string;
  width: number;
  height: number;
}
