import { categoryRoute } from '@/app/_pages/blog'

const route = categoryRoute('en')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
