/** A text with its phrases in another language marked (`[en:...]`), each in a `lang` span for screen readers. */
import { splitLangMarks } from '../../lib/lang-marks.ts';

export default function Marked({ text }: { text: string }) {
  return (
    <>
      {splitLangMarks(text).map((run, i) =>
        run.lang ? (
          <span key={i} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
