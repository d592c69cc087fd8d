/** The directory's title and description: the same on /team and its filtered views. */
export const TEAM_TITLE = 'Our care team'

export const TEAM_DESCRIPTION =
  'The psychiatrists, nurse practitioners, nurses and therapists at our Portland clinic: their licenses, the treatments they provide and the languages they speak.'
