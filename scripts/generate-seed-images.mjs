#!/usr/bin/env node
/**
 * Writes the seed dataset's illustrations to sanity/seed/images/*.svg.
 *
 * They are drawn from code so they stay small (< 6 KB), deterministic and in the site's
 * palette. No text and no faces: the images are decorative, every use carries its own alt.
 * Explicit width/height on the root <svg> let the local loader read the dimensions the
 * way Sanity's asset pipeline would. Run: node scripts/generate-seed-images.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'sanity', 'seed', 'images')

// Design tokens (app/globals.css) plus a few lighter tints of the teal and sand.
const c = {
  bg: '#fbfaf7',
  alt: '#f1efe9',
  border: '#dcd8cf',
  teal: '#2f5d62',
  tealDark: '#234649',
  tealMid: '#5f8a8b',
  tealSoft: '#9dbdb8',
  tealMist: '#d5e4e0',
  sand: '#c9a66b',
  sandSoft: '#e6d5b3',
  sandMist: '#f3ead8',
}

const r = (n) => Math.round(n * 10) / 10

function svg(w, h, body, defs = '') {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-hidden="true">` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    '</svg>\n'
  )
}

function sky(id, top, bottom) {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`
}

/** A filled wave band: smooth cubic segments across the width, closed to the bottom. */
function wave(w, h, y, amp, len, phase, fill, opacity = 1) {
  const half = len / 2
  let x = -len + (phase % len)
  let d = `M${r(x)} ${r(y)}`
  let up = true
  while (x < w + len) {
    const dy = up ? -amp : amp
    d += ` C${r(x + half * 0.36)} ${r(y + dy)} ${r(x + half * 0.64)} ${r(y + dy)} ${r(x + half)} ${r(y)}`
    x += half
    up = !up
  }
  d += ` L${r(x)} ${h} L${r(-len)} ${h}Z`
  const op = opacity < 1 ? ` fill-opacity="${opacity}"` : ''
  return `<path d="${d}" fill="${fill}"${op}/>`
}

/** A leaf: two arcs meeting at the tip, rotated about its base, with a centre vein. */
function leaf(x, y, len, width, angle, fill, vein = c.bg) {
  const half = width / 2
  const body = `M0 0 Q${r(half)} ${r(-len * 0.5)} 0 ${r(-len)} Q${r(-half)} ${r(-len * 0.5)} 0 0Z`
  return (
    `<g transform="translate(${r(x)} ${r(y)}) rotate(${angle})">` +
    `<path d="${body}" fill="${fill}"/>` +
    `<path d="M0 0 L0 ${r(-len * 0.85)}" stroke="${vein}" stroke-width="2" stroke-opacity="0.55" fill="none"/>` +
    '</g>'
  )
}

function circle(cx, cy, radius, fill, opacity = 1) {
  const op = opacity < 1 ? ` fill-opacity="${opacity}"` : ''
  return `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(radius)}" fill="${fill}"${op}/>`
}

const W = 1200
const H = 675

const scenes = {
  // Treatment heroes
  'hero-ketamine-iv-therapy': () => {
    const drop = `<path d="M600 150 C600 150 560 214 560 246 A40 40 0 0 0 640 246 C640 214 600 150 600 150Z" fill="${c.teal}"/>`
    const ripples = [90, 170, 260, 360]
      .map(
        (rx, i) =>
          `<ellipse cx="600" cy="470" rx="${rx}" ry="${r(rx * 0.22)}" fill="none" stroke="${c.tealMid}" stroke-width="3" stroke-opacity="${r(0.8 - i * 0.18)}"/>`,
      )
      .join('')
    return svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        circle(930, 170, 110, c.sandSoft, 0.7) +
        `<path d="M600 0 L600 120" stroke="${c.tealSoft}" stroke-width="6" stroke-linecap="round"/>` +
        drop +
        wave(W, H, 470, 14, 520, 60, c.tealMist, 0.9) +
        ripples +
        wave(W, H, 560, 18, 600, 200, c.tealSoft, 0.8) +
        wave(W, H, 620, 12, 480, 90, c.teal, 0.9),
      sky('s', c.sandMist, c.bg),
    )
  },
  'hero-ketamine-assisted-psychotherapy': () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        circle(500, 320, 190, c.tealSoft, 0.75) +
        circle(700, 320, 190, c.sandSoft, 0.8) +
        circle(600, 320, 70, c.bg, 0.9) +
        leaf(600, 360, 120, 60, -28, c.teal) +
        leaf(600, 360, 100, 50, 30, c.tealMid) +
        wave(W, H, 585, 14, 560, 40, c.tealMist) +
        wave(W, H, 630, 10, 420, 160, c.teal, 0.85),
      sky('s', c.alt, c.bg),
    ),

  // Article illustrations
  'waves-dawn': () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        circle(820, 300, 120, c.sand, 0.55) +
        wave(W, H, 360, 20, 640, 0, c.tealMist) +
        wave(W, H, 430, 24, 560, 180, c.tealSoft, 0.9) +
        wave(W, H, 510, 22, 700, 320, c.tealMid, 0.9) +
        wave(W, H, 590, 16, 500, 90, c.teal),
      sky('s', c.sandMist, c.bg),
    ),
  'hills-path': () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        circle(300, 200, 80, c.sandSoft) +
        `<path d="M0 430 Q300 300 620 420 T1200 380 L1200 675 L0 675Z" fill="${c.tealMist}"/>` +
        `<path d="M0 520 Q360 400 720 500 T1200 470 L1200 675 L0 675Z" fill="${c.tealSoft}"/>` +
        `<path d="M0 600 Q400 520 800 590 T1200 560 L1200 675 L0 675Z" fill="${c.teal}"/>` +
        `<path d="M520 675 C600 610 700 580 660 540 S600 500 690 470 L700 470 C640 500 690 530 700 545 S660 620 690 675Z" fill="${c.sandMist}" fill-opacity="0.9"/>`,
      sky('s', c.alt, c.bg),
    ),
  leaves: () => {
    // Two arching stems with leaves alternating along them (points on a quadratic curve).
    const branch = (x0, y0, cx, cy, x1, y1, fill, side) => {
      const at = (t) => [
        (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1,
        (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1,
      ]
      const stem = `<path d="M${x0} ${y0} Q${cx} ${cy} ${x1} ${y1}" fill="none" stroke="${fill}" stroke-width="5" stroke-linecap="round"/>`
      const leaves = [0.25, 0.42, 0.58, 0.74, 0.9]
        .map((t, i) => {
          const [x, y] = at(t)
          const lean = i % 2 ? 48 : -48
          return leaf(x, y, 110 - i * 10, 50 - i * 4, side + lean, fill)
        })
        .join('')
      return stem + leaves
    }
    return svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        circle(690, 250, 150, c.sandSoft, 0.7) +
        branch(380, 675, 420, 380, 640, 170, c.teal, 20) +
        branch(820, 675, 800, 440, 960, 300, c.tealSoft, 30) +
        `<rect x="0" y="620" width="${W}" height="55" fill="${c.tealMist}"/>`,
      sky('s', c.bg, c.alt),
    )
  },
  'stones-water': () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        wave(W, H, 500, 8, 700, 0, c.tealMist) +
        `<ellipse cx="600" cy="480" rx="170" ry="48" fill="${c.tealMid}"/>` +
        `<ellipse cx="600" cy="410" rx="125" ry="40" fill="${c.sand}"/>` +
        `<ellipse cx="600" cy="350" rx="90" ry="32" fill="${c.tealSoft}"/>` +
        `<ellipse cx="600" cy="300" rx="55" ry="24" fill="${c.sandSoft}"/>` +
        wave(W, H, 560, 10, 520, 140, c.tealSoft, 0.8) +
        wave(W, H, 620, 10, 460, 60, c.teal, 0.9),
      sky('s', c.sandMist, c.bg),
    ),
  'window-light': () => {
    const rays = [0, 1, 2, 3]
      .map((i) => {
        const x = 360 + i * 120
        return `<polygon points="${x},0 ${x + 70},0 ${x + 330},${H} ${x + 150},${H}" fill="${c.sandSoft}" fill-opacity="${r(0.5 - i * 0.08)}"/>`
      })
      .join('')
    return svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="${c.alt}"/>` +
        rays +
        `<rect x="0" y="560" width="${W}" height="115" fill="${c.tealMist}"/>` +
        leaf(220, 560, 170, 80, -18, c.teal) +
        leaf(230, 560, 140, 70, 24, c.tealMid) +
        `<rect x="170" y="540" width="90" height="70" rx="10" fill="${c.sand}"/>`,
    )
  },
  'river-bend': () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="${c.tealMist}"/>` +
        `<path d="M520 675 C560 560 860 520 760 420 S560 330 700 240" fill="none" stroke="${c.tealSoft}" stroke-width="90"/>` +
        `<path d="M520 675 C560 560 860 520 760 420 S560 330 700 240" fill="none" stroke="${c.bg}" stroke-width="6" stroke-opacity="0.5"/>` +
        `<path d="M0 0 L1200 0 L1200 250 Q900 320 700 280 T0 300Z" fill="${c.alt}"/>` +
        circle(250, 480, 90, c.teal, 0.85) +
        circle(330, 520, 60, c.tealMid, 0.85) +
        circle(1000, 500, 80, c.teal, 0.8) +
        circle(950, 160, 60, c.sandSoft),
    ),
  'moon-night': () => {
    const stars = [
      [180, 120],
      [320, 210],
      [460, 90],
      [880, 110],
      [1040, 230],
      [980, 60],
      [640, 160],
    ]
      .map(([x, y]) => circle(x, y, 3, c.sandMist, 0.8))
      .join('')
    return svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        stars +
        `<path d="M780 150 A110 110 0 1 0 880 330 A90 90 0 1 1 780 150Z" fill="${c.sandSoft}"/>` +
        wave(W, H, 520, 16, 600, 40, c.tealMid, 0.7) +
        wave(W, H, 590, 14, 520, 220, c.teal, 0.9),
      sky('s', c.tealDark, c.teal),
    )
  },
  sprout: () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        circle(600, 300, 210, c.sandMist) +
        `<path d="M600 540 C600 470 596 420 600 360" stroke="${c.tealMid}" stroke-width="8" fill="none" stroke-linecap="round"/>` +
        leaf(600, 380, 130, 70, -52, c.teal) +
        leaf(600, 400, 110, 60, 56, c.tealSoft) +
        `<ellipse cx="600" cy="560" rx="420" ry="60" fill="${c.sand}" fill-opacity="0.6"/>` +
        `<rect x="0" y="580" width="${W}" height="95" fill="${c.tealMist}"/>`,
      sky('s', c.bg, c.alt),
    ),
  'circles-connection': () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="${c.bg}"/>` +
        [160, 240, 320]
          .map(
            (rad, i) =>
              `<circle cx="470" cy="340" r="${rad}" fill="none" stroke="${c.tealSoft}" stroke-width="4" stroke-opacity="${r(0.9 - i * 0.25)}"/>`,
          )
          .join('') +
        [160, 240, 320]
          .map(
            (rad, i) =>
              `<circle cx="730" cy="340" r="${rad}" fill="none" stroke="${c.sand}" stroke-width="4" stroke-opacity="${r(0.9 - i * 0.25)}"/>`,
          )
          .join('') +
        circle(470, 340, 90, c.teal, 0.85) +
        circle(730, 340, 90, c.sand, 0.85),
    ),
  'horizon-calm': () =>
    svg(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="url(#s)"/>` +
        circle(600, 400, 160, c.sand, 0.5) +
        `<rect x="0" y="400" width="${W}" height="275" fill="${c.tealSoft}"/>` +
        [430, 470, 520, 580]
          .map(
            (y, i) =>
              `<path d="M${200 - i * 40} ${y} L${1000 + i * 40} ${y}" stroke="${c.bg}" stroke-width="3" stroke-opacity="${r(0.6 - i * 0.1)}" stroke-linecap="round"/>`,
          )
          .join('') +
        wave(W, H, 620, 10, 600, 0, c.teal, 0.9),
      sky('s', c.sandMist, c.tealMist),
    ),

  // Share image for pages without their own: Open Graph's 1.91:1 frame.
  'og-default': () =>
    svg(
      1200,
      630,
      `<rect width="1200" height="630" fill="url(#s)"/>` +
        circle(860, 210, 120, c.sandSoft, 0.8) +
        leaf(300, 400, 170, 80, -20, c.teal) +
        leaf(310, 400, 140, 70, 26, c.tealMid) +
        wave(1200, 630, 460, 18, 620, 0, c.tealMist) +
        wave(1200, 630, 530, 16, 540, 160, c.tealSoft, 0.9) +
        wave(1200, 630, 590, 12, 480, 60, c.teal),
      sky('s', c.sandMist, c.bg),
    ),
}

/** Abstract head-and-shoulders silhouette: no facial features, just shape and colour. */
function portrait(bg, figure, accent, accentSide) {
  const ax = accentSide === 'left' ? 130 : 470
  return svg(
    600,
    600,
    `<rect width="600" height="600" fill="${bg}"/>` +
      circle(ax, 150, 90, accent, 0.6) +
      circle(300, 235, 105, figure) +
      `<path d="M110 600 C110 440 190 370 300 370 C410 370 490 440 490 600Z" fill="${figure}"/>` +
      leaf(accentSide === 'left' ? 60 : 540, 600, 150, 64, accentSide === 'left' ? 24 : -24, accent),
  )
}

const portraits = {
  'portrait-maya-ellison': () => portrait(c.sandMist, c.tealMid, c.sand, 'right'),
  'portrait-daniel-okafor': () => portrait(c.tealMist, c.teal, c.sandSoft, 'left'),
}

mkdirSync(outDir, { recursive: true })
for (const [name, draw] of Object.entries({ ...scenes, ...portraits })) {
  const file = join(outDir, `${name}.svg`)
  const text = draw()
  if (Buffer.byteLength(text) > 6144) throw new Error(`${name}.svg is over 6 KB`)
  writeFileSync(file, text)
  console.log(`${name}.svg  ${Buffer.byteLength(text)} bytes`)
}
