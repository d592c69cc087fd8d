import { compareIndexRoute } from '@/app/_pages/listings'

const route = compareIndexRoute('en')

export const generateMetadata = route.generateMetadata
export default route.Page
