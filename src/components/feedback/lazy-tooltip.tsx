import {
  cloneElement,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactElement,
  type Ref,
} from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';
import { afterContentPainted } from '@/lib/after-content';
import { deferredModule, useDeferredModule } from '@/lib/deferred-module';
import { assignRef, TooltipBridge, type Attributes } from './tooltip-bridge';

const tooltipModule = deferredModule(() => import('@mui/material/Tooltip'));

interface ChildProps {
  ref?: Ref<HTMLElement>;
  title?: string;
  [attribute: `aria-${string}`]: unknown;
}

interface LazyTooltipProps {
  title: string;
  placement?: TooltipProps['placement'];
  /** The title describes the child instead of naming it (MUI's `describeChild`). */
  describeChild?: boolean;
  /** One element that takes a ref, e.g. an IconButton. */
  children: ReactElement<ChildProps>;
}

/**
 * MUI's Tooltip, loaded when idle after the first paint, or on the first hover or focus of the
 * child, and mounted for a child only once it has been hovered or focused: a table of icon
 * buttons renders no Tooltip and no Popper per row. Until then the child renders as it is, with
 * the name or description the closed tooltip gives it. The Tooltip mounts beside the child, not
 * around it, so the child is never remounted when it arrives (it keeps focus, and a click in
 * progress is not lost): a bridge hands the Tooltip the child's element and passes its handlers
 * and attributes on to it. A tooltip that arrives while the pointer is over the child, or while
 * it has keyboard focus, opens at once.
 */
export function LazyTooltip({
  title,
  placement,
  describeChild = false,
  children,
}: LazyTooltipProps) {
  // The child's element, once hovered or focused: only then does its Tooltip mount.
  const [node, setNode] = useState<HTMLElement | null>(null);
  const [bridged, setBridged] = useState<Attributes | null>(null);
  const own = children.props;
  const ownRef = own.ref;

  // Listens from the ref, not from an effect on a state: mounting a row of these re-renders
  // nothing, and runs no effect.
  const ref = useCallback(
    (element: HTMLElement | null) => {
      assignRef(ownRef, element);
      if (!element) return;
      preloadWhenIdle();
      const arm = () => {
        setNode(element);
        tooltipModule.preload();
      };
      element.addEventListener('pointerenter', arm);
      element.addEventListener('focusin', arm);
      return () => {
        element.removeEventListener('pointerenter', arm);
        element.removeEventListener('focusin', arm);
        assignRef(ownRef, null);
        setNode((current) => (current === element ? null : current));
        setBridged(null);
      };
    },
    [ownRef],
  );

  const given: Attributes =
    node && bridged ? bridged : describeChild ? { title } : { 'aria-label': title };
  // The child's own naming wins, as with MUI's Tooltip.
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(given)) {
    if (own[name as keyof ChildProps] === undefined) attributes[name] = value;
  }

  return (
    <>
      {cloneElement(children, { ...attributes, ref })}
      {node ? (
        <ArmedTooltip
          node={node}
          title={title}
          placement={placement}
          describeChild={describeChild}
          onAttributes={setBridged}
        />
      ) : null}
    </>
  );
}

let idlePreloadQueued = false;
/** Once for all tooltips: the module loads when the browser is idle after the content paints. */
function preloadWhenIdle() {
  if (idlePreloadQueued) return;
  idlePreloadQueued = true;
  afterContentPainted(tooltipModule.preload);
}

interface ArmedTooltipProps {
  node: HTMLElement;
  title: string;
  placement?: TooltipProps['placement'];
  describeChild: boolean;
  onAttributes: (attributes: Attributes) => void;
}

/**
 * The Tooltip of a child that has been hovered or focused, once its module has loaded. A tooltip
 * that arrives while the pointer is over the child, or while it has keyboard focus, opens at once.
 */
function ArmedTooltip({ node, title, placement, describeChild, onAttributes }: ArmedTooltipProps) {
  const Tooltip = useDeferredModule(tooltipModule)?.default;
  const replayedRef = useRef(false);
  // After the bridge's own effect (a child's effects run first), so its listeners are there.
  useEffect(() => {
    if (!Tooltip || replayedRef.current) return;
    replayedRef.current = true;
    if (node === document.activeElement) {
      node.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    } else if (node.matches(':hover')) {
      node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    }
  }, [Tooltip, node]);
  if (!Tooltip) return null;
  return (
    <Tooltip title={title} placement={placement} describeChild={describeChild}>
      <TooltipBridge node={node} onAttributes={onAttributes} />
    </Tooltip>
  );
}
