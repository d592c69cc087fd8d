import type { BlockDecoratorProps } from 'sanity'

/*
 * @sanity/icons has no superscript/subscript glyphs, so the toolbar shows a small "x²"/"x₂"
 * and the editor renders the marked text as real <sup>/<sub>, matching the website.
 */
const iconStyle = { fontSize: '0.8em', fontWeight: 600, lineHeight: 1 } as const

export function SupIcon() {
  return (
    <span style={iconStyle} aria-hidden="true">
      x<sup>2</sup>
    </span>
  )
}

export function SubIcon() {
  return (
    <span style={iconStyle} aria-hidden="true">
      x<sub>2</sub>
    </span>
  )
}

export function SupDecorator(props: BlockDecoratorProps) {
  return <sup>{props.children}</sup>
}

export function SubDecorator(props: BlockDecoratorProps) {
  return <sub>{props.children}</sub>
}
