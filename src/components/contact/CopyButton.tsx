/** A button that copies a text, and says whether it worked right beside itself (not at the top of the page). */
import { useState } from 'preact/hooks';
import { copyText } from '../../scripts/clipboard.ts';

interface Props {
  text: string;
  label: string;
  copied: string;
  failed: string;
}

export default function CopyButton({ text, label, copied, failed }: Props) {
  const [status, setStatus] = useState('');
  const onClick = async () => {
    setStatus('');
    setStatus((await copyText(text)) ? copied : failed);
  };
  return (
    <span class="copy">
      <button type="button" class="button" onClick={onClick}>
        {label}
      </button>
      <span role="status" class="status">
        {status}
      </span>
    </span>
  );
}
