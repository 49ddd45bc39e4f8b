"""Draws the add-in's icons (a Fluent-blue rounded square with a white contact-card mark) as PNGs of the sizes the
manifest declares. Run once after changing the design: python3 addin-manifest/icons/make_icons.py"""
import struct
import zlib
from pathlib import Path

BLUE = (15, 108, 189)   # Fluent brand 80 (#0F6CBD)
WHITE = (255, 255, 255)


def pixel(x: float, y: float, size: int):
    """Colour and coverage of one pixel centre, in a 0..1 square."""
    u, v = (x + 0.5) / size, (y + 0.5) / size
    r = 0.18  # corner radius
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return None
    # The mark: a head (circle) over shoulders (half-disc), left of three text lines.
    if (u - 0.34) ** 2 + (v - 0.40) ** 2 < 0.09 ** 2:
        return WHITE
    if v > 0.55 and v < 0.72 and (u - 0.34) ** 2 + (v - 0.72) ** 2 < 0.17 ** 2:
        return WHITE
    for line_v in (0.36, 0.50, 0.64):
        if 0.56 < u < 0.80 and abs(v - line_v) < 0.035:
            return WHITE
    return BLUE


def png(size: int) -> bytes:
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            colour = pixel(x, y, size)
            row += bytes((*colour, 255)) if colour else bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = Path(__file__).parent
    for size in (16, 32, 64, 80, 128):
        (here / f"icon-{size}.png").write_bytes(png(size))
