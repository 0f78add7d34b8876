import type { DownloadJob } from '@/downloads/jobs'

import { DownloadsRefresher } from './DownloadsRefresher'

const datum = new Intl.DateTimeFormat('nl-BE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Brussels',
})

function stand(job: DownloadJob): string {
  switch (job.status) {
    case 'wachtrij':
      return 'In de wachtrij'
    case 'bezig':
      return job.totaal ? `Bezig: ${job.gedaan} van ${job.totaal} fiches` : 'Bezig'
    case 'klaar':
      return `Klaar: ${job.gedaan} ${job.gedaan === 1 ? 'fiche' : 'fiches'}`
    case 'mislukt':
      return `Mislukt${job.fout ? `: ${job.fout}` : ''}`
  }
}

/** The account's downloads with their progress, kept current while one is being made. */
export function Downloads({ jobs }: { jobs: DownloadJob[] }) {
  const bezig = jobs.some((job) => job.status === 'wachtrij' || job.status === 'bezig')
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">Mijn downloads</h2>
      <DownloadsRefresher bezig={bezig} />
      {bezig && (
        <noscript>
          <p>Laad deze pagina opnieuw om de voortgang te zien.</p>
        </noscript>
      )}
      {jobs.length === 0 ? (
        <p>
          U vroeg nog geen downloads. Op de zoekresultaten kunt u ze als CSV of XLSX downloaden.
        </p>
      ) : (
        <table className="account-downloads">
          <thead>
            <tr>
              <th scope="col">Bestand</th>
              <th scope="col">Gevraagd op</th>
              <th scope="col">Stand</th>
              <th scope="col">Beschikbaar tot</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id} data-status={job.status}>
                <td>
                  {job.status === 'klaar' ? (
                    <a href={`/account/downloads/${job.token}`}>{job.titel}</a>
                  ) : (
                    job.titel
                  )}{' '}
                  ({job.formaat.toUpperCase()})
                </td>
                <td>{datum.format(job.aangemaakt)}</td>
                <td>
                  {stand(job)}
                  {job.status === 'bezig' && job.totaal ? (
                    <>
                      {' '}
                      <progress
                        max={job.totaal}
                        value={job.gedaan}
                        aria-label={`Voortgang van ${job.titel}`}
                      />
                    </>
                  ) : null}
                </td>
                <td>{job.status === 'klaar' ? datum.format(job.verlooptOp) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
