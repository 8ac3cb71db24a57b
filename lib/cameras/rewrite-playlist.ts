// An HLS playlist with every address in it replaced by the console's own: the lines that name
// a segment or a variant playlist, and the URI="..." attributes of tags (keys, init segments,
// alternative renditions, I-frame playlists). Relative addresses resolve against the playlist's
// own URL first, as a player would.

export type UriKind = "playlist" | "media";

/** Tags whose URI attribute names another playlist; every other URI is media (segment, key, map). */
const PLAYLIST_URI_TAGS = ["#EXT-X-MEDIA:", "#EXT-X-I-FRAME-STREAM-INF:"];

export function rewritePlaylist(
  text: string,
  playlistUrl: string,
  proxy: (absoluteUrl: string, kind: UriKind) => string,
): string {
  let nextIsVariant = false;
  return text
    .split(/\r?\n/)
    .map((line) => {
      const trimmed = line.trim();
      if (trimmed === "") return line;
      if (trimmed.startsWith("#")) {
        if (trimmed.startsWith("#EXT-X-STREAM-INF:")) nextIsVariant = true;
        const kind: UriKind = PLAYLIST_URI_TAGS.some((t) => trimmed.startsWith(t)) ? "playlist" : "media";
        return line.replace(
          /URI="([^"]*)"/g,
          (_, uri: string) => `URI="${proxy(new URL(uri, playlistUrl).href, kind)}"`,
        );
      }
      const kind: UriKind = nextIsVariant ? "playlist" : "media";
      nextIsVariant = false;
      return proxy(new URL(trimmed, playlistUrl).href, kind);
    })
    .join("\n");
}

export const isMasterPlaylist = (text: string) => /^#EXT-X-STREAM-INF:/m.test(text);

/**
 * A master playlist of one variant, for an upstream that serves a media playlist directly: the
 * player then loads the console's index once per opening and refreshes the variant's token URL.
 */
export const singleVariantMaster = (variantUrl: string) =>
  `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-STREAM-INF:BANDWIDTH=1000000\n${variantUrl}\n`;
