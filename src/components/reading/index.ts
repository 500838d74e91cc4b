// The components the generated MDX names; passed to <Content components={…} />.
import Alias from './Alias.astro';
import Aside from './Aside.astro';
import AsideTitle from './AsideTitle.astro';
import H from './H.astro';
import Lead from './Lead.astro';
import P from './P.astro';
import Ref from './Ref.astro';
import Signoff from './Signoff.astro';
import Term from './Term.astro';

export const readingComponents = { Alias, Aside, AsideTitle, H, Lead, P, Ref, Signoff, Term };
