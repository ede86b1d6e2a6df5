// Words that say nothing about what a figure measures. Qualifier and scale words are here
// too: they belong to the figure, not to its subject; so do a writer's words of how big it
// seems (`a whopping 12.8 million tonnes`, `barely 40 cable ships`), and the day of the week a
// wire puts a figure on (`hit a record $12,931 a tonne on Wednesday`): when, never what.
export const STOPWORDS = new Set(
  `a about above across after again against all almost also although am among an and another any approximately
are around as at be because been before being below between both but by can could did do does doing down during
each either else estimated ever every few for from further had has have having he her here hers him his how
however i if in into is it its itself just least less like many may me might more most much must my near nearly
no nor not now of off on once one only onto or other our ours out over own per percent cent roughly same she
should since so some such than that the their theirs them then there these they this those though through thus
to too under until up upon very was we were what when where whether which while who whom whose why will with
within would yet you your billion million trillion thousand billions millions trillions thousands bn mn tn k m hundred dozen lakh lakhs crore crores up to exceeding excess
upwards close says said say according report reports reported noted notes estimate estimates
new also around approx approximately roughly including include includes included per cent year years annual annually
barely merely mere whopping measly staggering paltry hefty scant fully last next past previous prior
monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);
