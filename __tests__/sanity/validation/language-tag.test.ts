import { distinctLanguageTags, languageTag, taglineHasPhone } from '@/sanity/validation'

describe('languageTag', () => {
  it.each(['es', 'vi', 'zh-Hant', 'zh-TW', 'fa', 'km', 'es-419'])('accepts %s', (tag) => {
    expect(languageTag(tag)).toBe(true)
  })

  it.each(['Vietnamese', 'zh_Hant', 'e', ' es', 'es-', '123'])('rejects %p', (tag) => {
    expect(languageTag(tag)).toEqual(expect.stringContaining('BCP 47'))
  })

  it('leaves an empty field to the required rule', () => {
    expect(languageTag(undefined)).toBe(true)
  })
})

describe('taglineHasPhone', () => {
  it('wants the {phone} placeholder, not a typed number', () => {
    expect(taglineHasPhone('Llame al {phone}.')).toBe(true)
    expect(taglineHasPhone('Llame al (503) 555-0147.')).toEqual(expect.stringContaining('{phone}'))
  })
})

describe('distinctLanguageTags', () => {
  const item = (languageTag: string) => ({ _key: languageTag, languageTag })

  it('accepts one tagline per language', () => {
    expect(distinctLanguageTags([item('vi'), item('zh-Hant'), item('fa')])).toBe(true)
  })

  it('rejects two taglines for the same language, however the tag is spelled', () => {
    expect(distinctLanguageTags([item('zh-Hant'), item('ZH-hant')])).toEqual(expect.stringContaining('zh-Hant'))
  })
})
