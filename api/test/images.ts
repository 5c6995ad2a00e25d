import exifReader from 'exif-reader';
import sharp from 'sharp';

// Photos as phones make them (EXIF with a GPS block, XMP repeating the location, an orientation tag), drawn and read
// back with sharp, so the tests check stored bytes with a real decoder rather than byte patterns.

export type PhotoFormat = 'jpeg' | 'png' | 'webp';
export const PHOTO_MIME: Record<PhotoFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

const XMP_WITH_LOCATION =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="37,33.98765N" exif:GPSLongitude="112,9.5E"/>' +
  '</rdf:RDF></x:xmpmeta>';

/**
 * A `width`×`height` photo (a gradient, so lossy codecs have something to keep) whose EXIF names a camera and a place,
 * whose XMP repeats the place, and whose orientation tag says "turn 90° clockwise to view" (as a phone held upright).
 */
export async function photoWithLocation(format: PhotoFormat, width = 60, height = 40): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) pixels.set([(x * 255) / width, (y * 255) / height, 128], (y * width + x) * 3);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'FQCAM', Model: 'Field 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 33/1 98765/1000', GPSLongitudeRef: 'E', GPSLongitude: '112/1 9/1 30/1' },
    })
    .withXmp(XMP_WITH_LOCATION)
    .withMetadata({ orientation: 6 })
    .toFormat(format)
    .toBuffer();
}

/** What a decoder reads from stored bytes: size as shown (after orientation), and any location left in EXIF or XMP. */
export async function readPhoto(bytes: Buffer) {
  const meta = await sharp(bytes).metadata();
  const exif = meta.exif ? exifReader(meta.exif) : undefined;
  const gps = exif?.GPSInfo && Object.keys(exif.GPSInfo).length ? exif.GPSInfo : undefined;
  return {
    format: meta.format,
    width: meta.autoOrient.width,
    height: meta.autoOrient.height,
    orientation: meta.orientation ?? 1,
    latitude: gps?.GPSLatitude,
    camera: exif?.Image?.Make,
    xmpLocation: /GPS/i.test(meta.xmpAsString ?? ''),
    /** The raw decoded pixels still make an image (sharp decodes the whole of it). */
    decodes: await sharp(bytes)
      .raw()
      .toBuffer()
      .then(
        () => true,
        () => false,
      ),
  };
}

/** The pixels of an image as shown (orientation applied), to compare a stored photo with what was sent. */
export async function pixels(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes).autoOrient().removeAlpha().raw().toBuffer();
}
