export const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his " +
    "how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out " +
    "over own same she should so some such than that the their theirs them themselves then there these they this those through to too " +
    "under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
    "said says say told according new one two three four five six seven eight nine ten first last year years since including " +
    "may might must shall us mr mrs ms many much however although though while according via per like well even still yet " +
    "back get got make made take took see seen come came go went going time times day days week weeks month months people " +
    "news report reported reports reporting story article read share updated published copyright rights reserved click " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
