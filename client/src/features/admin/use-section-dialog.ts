import { useState } from 'react';
import { useToast } from '../../components/toast';
import { useFocusTarget } from './use-focus-on-mount';

/**
 * The dialog an admin section has open. `finish` ends one that removed or
 * revoked something: a toast says so, and focus goes to the section heading
 * because the row's button that opened the dialog is gone.
 */
export function useSectionDialog<Open>() {
  const toast = useToast();
  const [dialog, setDialog] = useState<Open | null>(null);
  const [heading, focusHeading] = useFocusTarget<HTMLHeadingElement>();
  const close = () => setDialog(null);
  const finish = (message: string) => {
    toast.show({ message, tone: 'success' });
    close();
    focusHeading();
  };
  return { dialog, open: setDialog, close, finish, heading };
}
