import { personRoute } from '@/app/_pages/person'

const route = personRoute('es')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
