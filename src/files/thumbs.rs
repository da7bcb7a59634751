//! Thumbnails of PNG, JPEG, GIF and WebP images, made once per blob, server side.
//!
//! Decompression bombs: the image's size is read from its header first, and an image larger than
//! [`MAX_SIDE`] on a side or [`MAX_PIXELS`] in all gets no thumbnail (it is still a file one can
//! download); the decoder also runs with an allocation limit, and at most [`AT_ONCE`] thumbnails
//! are made at a time, so a burst of large uploads cannot take the server's memory.

use std::io::{BufReader, Cursor};
use std::path::Path;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

pub const MAX_SIDE: u32 = 16_384;
pub const MAX_PIXELS: u64 = 40_000_000;
/// The decoder may allocate at most this much (40 MP of RGBA is 160 MB).
const MAX_ALLOC: u64 = 192 << 20;
/// A thumbnail fits in this square.
pub const SIZE: u32 = 400;
pub const AT_ONCE: usize = 2;

pub struct Made {
    pub width: u32,
    pub height: u32,
    /// The encoded thumbnail and its type, when one could be made.
    pub thumb: Option<(Vec<u8>, &'static str)>,
}

/// Reads the image at `path`; its size (after EXIF orientation) and a thumbnail, or None when it
/// is not a decodable image.
pub fn make(path: &Path) -> Option<Made> {
    let file = BufReader::new(std::fs::File::open(path).ok()?);
    let mut reader = ImageReader::new(file).with_guessed_format().ok()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = match reader.into_decoder() {
        Ok(d) => d,
        Err(e) => {
            tracing::debug!(error = %e, "no thumbnail: the image header is not readable or too large");
            return None;
        }
    };
    let (w, h) = decoder.dimensions();
    let orientation = decoder.orientation().ok();
    let turned = matches!(
        orientation,
        Some(
            image::metadata::Orientation::Rotate90
                | image::metadata::Orientation::Rotate270
                | image::metadata::Orientation::Rotate90FlipH
                | image::metadata::Orientation::Rotate270FlipH
        )
    );
    let (width, height) = if turned { (h, w) } else { (w, h) };
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Some(Made { width, height, thumb: None });
    }
    let mut img = match DynamicImage::from_decoder(decoder) {
        Ok(i) => i,
        Err(e) => {
            tracing::debug!(error = %e, "no thumbnail: the image does not decode");
            return Some(Made { width, height, thumb: None });
        }
    };
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    let small = if img.width() > SIZE || img.height() > SIZE { img.thumbnail(SIZE, SIZE) } else { img };
    let mut out = Cursor::new(Vec::new());
    let thumb = if small.color().has_alpha() {
        small.write_to(&mut out, image::ImageFormat::Png).ok().map(|_| (out.into_inner(), "image/png"))
    } else {
        let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80);
        small.to_rgb8().write_with_encoder(enc).ok().map(|_| (out.into_inner(), "image/jpeg"))
    };
    Some(Made { width, height, thumb })
}
