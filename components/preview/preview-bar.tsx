import { apiPaths } from '@/lib/routes'
import styles from './preview-bar.module.css'

/** The exit route sends the editor back to the page they were on (via Referer). */
export const EXIT_PREVIEW_HREF = apiPaths.draftModeDisable()

/**
 * Always visible while previewing, so an editor never mistakes a draft for the live site.
 * A plain link, not next/link: prefetching the exit route would end the preview by itself.
 */
export function PreviewBar() {
  return (
    <section className={styles.bar} aria-label="Preview mode">
      <p className={styles.text}>
        <strong>Preview</strong>: you are seeing unpublished drafts.
      </p>
      <a className={styles.exit} href={EXIT_PREVIEW_HREF}>
        Exit preview
      </a>
    </section>
  )
}
