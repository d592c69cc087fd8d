import { privacyRoute } from '@/app/_pages/privacy'

const route = privacyRoute('es')

export const generateMetadata = route.generateMetadata
export default route.Page
