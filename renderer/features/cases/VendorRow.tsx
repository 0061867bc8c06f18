import { memo, type ReactNode, type Ref } from 'react';
import type { VendorRowView } from './vendor-row-view';
import classes from './vendor-table.module.css';

type Props = {
  id: string;
  view: VendorRowView;
  index: number;
  /** The action controls when this is the row being worked on, else null. */
  actions: ReactNode;
  /** The id of the controls (the toggle's aria-controls). */
  actionsId: string;
  onToggle: (involvementId: string) => void;
  /** Only the open row is measured; the others have the fixed height of a summary row. */
  rowRef: Ref<HTMLTableRowElement> | undefined;
};

/**
 * One vendor of the matrix: who, the derived status and a summary. Cheap on purpose (texts
 * made beforehand, plain elements, no inputs, no engine calls): a 150-vendor matrix paints the rows scrolled
 * into view within a frame. "Act on this vendor" opens the controls in this row only.
 * Memoised: scrolling renders only the rows coming into view.
 */
export const VendorRow = memo(function VendorRow({
  id,
  view,
  index,
  actions,
  actionsId,
  onToggle,
  rowRef,
}: Props) {
  const open = actions !== null;
  // A summary row holds at most two lines per cell (the virtualiser counts on its height);
  // the open row shows everything.
  const clamp = open ? classes.wrap : classes.clamp;
  return (
    <tr
      ref={rowRef}
      data-index={index}
      // Rows outside the view are not in the DOM: each row says where it sits (the header is 1).
      aria-rowindex={index + 2}
      data-testid="vendor-row"
      data-open={open}
      data-striped={index % 2 === 0 || undefined}
      className={open ? classes.open : classes.row}
    >
      <th scope="row">
        <div className={clamp}>
          {view.name}
          {view.contactNext !== null && <span className={classes.next}>{view.contactNext}</span>}
        </div>
      </th>
      <td>{view.role}</td>
      <td>
        <span className={classes.status} data-testid="vendor-status" title={view.status}>
          <span className={clamp}>{view.status}</span>
        </span>
      </td>
      <td>{view.firstContact}</td>
      <td>{view.lastReply}</td>
      <td>
        <div className={clamp}>{view.statement}</div>
      </td>
      <td className={classes.small}>
        {open ? (
          view.products.map((line) => <div key={line}>{line}</div>)
        ) : (
          <div className={clamp}>{view.productsSummary}</div>
        )}
      </td>
      <td>
        <button
          type="button"
          className={classes.act}
          aria-expanded={open}
          aria-controls={open ? actionsId : undefined}
          aria-label={view.actOnFor}
          onClick={() => onToggle(id)}
          data-act-toggle={id}
        >
          {view.actOn}
        </button>
        {actions}
      </td>
    </tr>
  );
});
