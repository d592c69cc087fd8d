import type { Address } from '@/lib/content/schemas'

/** A postal address on two lines, in an <address> so it is announced as contact information. */
export function LocationAddress({ address, className }: { address: Address; className?: string }) {
  return (
    <address className={className}>
      {address.street}
      <br />
      {address.city}, {address.region} {address.postalCode}
    </address>
  )
}
