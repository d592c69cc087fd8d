/**
 * What a page adds while an editor previews drafts: the Preview bar, a noindex robots tag
 * (React hoists it into <head>), and in Sanity mode the visual-editing overlays that let a
 * click on text open its field in the Studio's Presentation tool. Renders nothing otherwise,
 * so published pages ship no preview code.
 */
import { VisualEditing } from 'next-sanity/visual-editing'
import { isPreview } from '@/lib/content/fetch'
import { contentMode } from '@/lib/env'
import { PreviewBar } from './preview-bar'

export async function PreviewChrome() {
  if (!(await isPreview())) return null
  return (
    <>
      <meta name="robots" content="noindex, nofollow" />
      <PreviewBar />
      {contentMode === 'sanity' ? <VisualEditing /> : null}
    </>
  )
}
