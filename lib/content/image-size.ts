/** Intrinsic image sizes for the embedded dataset, so every <img> gets width and height. */
export interface ImageSize {
  width: number
  height: number
}

export function readImageSize(bytes: Buffer, extension: string): ImageSize | null {
  if (extension === 'svg') return readSvgSize(bytes.toString('utf8'))
  if (extension === 'png') return readPngSize(bytes)
  return null
}

function readSvgSize(svg: string): ImageSize | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0]
  if (!root) return null
  const attribute = (name: string) => new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(root)?.[1]
  const width = Number(attribute('width'))
  const height = Number(attribute('height'))
  if (width > 0 && height > 0) return { width: Math.round(width), height: Math.round(height) }
  const viewBox = /\sviewBox="([^"]+)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  const [, , w, h] = viewBox ?? []
  if (w && h && w > 0 && h > 0) return { width: Math.round(w), height: Math.round(h) }
  return null
}

function readPngSize(bytes: Buffer): ImageSize | null {
  const signature = '89504e470d0a1a0a'
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
