import { blogIndexRoute } from '@/app/_pages/blog'

const route = blogIndexRoute('en')

export const generateMetadata = route.generateMetadata
export default route.Page
