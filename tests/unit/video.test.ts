import { describe, expect, it } from 'vitest'

import { isWebAddress, videoEmbed } from '@/domain/video'

describe('embedding a video link in a handleiding', () => {
  it('plays YouTube links of every common shape through the no-cookie player', () => {
    const verwacht = {
      aanbieder: 'youtube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    }
    expect(videoEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s')).toEqual(verwacht)
    expect(videoEmbed('https://youtu.be/dQw4w9WgXcQ')).toEqual(verwacht)
    expect(videoEmbed('https://m.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual(verwacht)
    expect(videoEmbed('https://www.youtube.com/embed/dQw4w9WgXcQ')).toEqual(verwacht)
    expect(videoEmbed('https://www.youtube.com/shorts/dQw4w9WgXcQ')).toEqual(verwacht)
  })

  it('plays Vimeo links without tracking', () => {
    expect(videoEmbed('https://vimeo.com/76979871')).toEqual({
      aanbieder: 'vimeo',
      embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1',
    })
    expect(videoEmbed('https://player.vimeo.com/video/76979871')?.embedUrl).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1',
    )
  })

  it('embeds nothing from other sites or from malformed links', () => {
    expect(videoEmbed('https://www.vlaanderen.be/webinar.mp4')).toBeNull()
    expect(videoEmbed('https://www.youtube.com/watch?v=kort')).toBeNull()
    expect(videoEmbed('https://www.youtube.com/channel/UC123')).toBeNull()
    expect(videoEmbed('javascript:alert(1)')).toBeNull()
    expect(videoEmbed('geen adres')).toBeNull()
    expect(videoEmbed('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeNull()
  })

  it('accepts only web addresses as plain links', () => {
    expect(isWebAddress('https://www.vlaanderen.be/webinar')).toBe(true)
    expect(isWebAddress('javascript:alert(1)')).toBe(false)
    expect(isWebAddress('data:text/html,hoi')).toBe(false)
  })
})
