import { Link } from '@/components/site/link'
import { useId } from 'react'
import type { PriceItem } from '@/lib/content/schemas'
import { formatPrice, PRICE_UNIT_LABELS } from '@/lib/prices'
import { paths } from '@/lib/routes'
import styles from './price-table.module.css'

type Props = {
  prices: readonly PriceItem[]
  /** The table's accessible name, shown above it. */
  caption: string
}

/**
 * The self-pay price list as a real table: a caption, column headers and the service as each
 * row's header. On a phone it scrolls sideways inside a focusable region with the service
 * column pinned, like the comparison table.
 */
export function PriceTable({ prices, caption }: Props) {
  const id = useId()
  const captionId = `${id}-caption`
  const hintId = `${id}-hint`
  return (
    <div className={styles.wrapper}>
      <p id={hintId} className={styles.hint}>
        <span aria-hidden="true">↔ </span>Scroll sideways to see what each price includes.
      </p>
      <div className={styles.scroller} role="region" tabIndex={0} aria-labelledby={captionId} aria-describedby={hintId}>
        <table className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            <span className={styles.captionText}>{caption}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.serviceHeader}>
                Service
              </th>
              <th scope="col" className={styles.priceHeader}>
                Price
              </th>
              <th scope="col">What it includes</th>
            </tr>
          </thead>
          <tbody>
            {prices.map((item) => (
              <tr key={item._key}>
                <th scope="row" className={styles.service}>
                  {item.treatment ? (
                    <Link href={paths.treatment(item.treatment.slug)}>{item.service}</Link>
                  ) : (
                    item.service
                  )}
                </th>
                <td className={styles.price}>
                  <span className={styles.amount}>{formatPrice(item.priceFrom, item.priceTo)}</span>
                  <span className={styles.unit}>{PRICE_UNIT_LABELS[item.unit]}</span>
                </td>
                <td>{item.includes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
