import { blogPageRoute } from '@/app/_pages/blog'

const route = blogPageRoute('en')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
