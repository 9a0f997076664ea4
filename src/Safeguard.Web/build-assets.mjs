// Compiles the Sass and copies GOV.UK Frontend's and the MOJ library's scripts and images into wwwroot/lib
// (git-ignored; rebuilt by the MSBuild target in Safeguard.Web.csproj). Everything is served from our own origin.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { compile } from 'sass'

const out = 'wwwroot/lib'
let libraryWarnings = 0
mkdirSync(`${out}/assets`, { recursive: true })

const css = compile('Styles/safeguard.scss', {
  loadPaths: ['.', 'node_modules'],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
  // The MOJ library still calls GOV.UK mixins that GOV.UK Frontend 6 deprecates: count those, print ours.
  logger: {
    warn (message, options) {
      const where = options.span?.url?.pathname ?? ''
      if (where.includes('/node_modules/') || (options.stack ?? '').includes('node_modules/')) libraryWarnings++
      else console.warn(`Sass warning: ${message}\n${options.stack ?? ''}`)
    }
  }
})
writeFileSync(`${out}/safeguard.css`, css.css)

cpSync('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js', `${out}/govuk-frontend.min.js`)
cpSync('node_modules/@ministryofjustice/frontend/moj/moj-frontend.min.js', `${out}/moj-frontend.min.js`)
cpSync('node_modules/govuk-frontend/dist/govuk/assets/images', `${out}/assets/images`, { recursive: true })
cpSync('node_modules/@ministryofjustice/frontend/moj/assets/images', `${out}/assets/images`, { recursive: true })
cpSync('node_modules/govuk-frontend/dist/govuk/assets/manifest.json', `${out}/assets/manifest.json`)
console.log(`Built ${out}/safeguard.css (${css.css.length} bytes; ${libraryWarnings} deprecation warnings inside the libraries)`)
